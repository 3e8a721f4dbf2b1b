-- where a claim's source is named in the text (issue 29); null in the author's voice
alter table claim add column attributed_start integer;
alter table claim add column attributed_end integer;
-- GET /api/claims?minCheckworthiness= filters on it
create index claim_checkworthiness_idx on claim (checkworthiness);
