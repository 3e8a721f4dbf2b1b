#!/bin/bash
KAFKA_HEAP_OPTS=-Xmx128m exec /opt/kafka/bin/kafka-run-class org.apache.kafka.tools.TopicCommand "$@"
