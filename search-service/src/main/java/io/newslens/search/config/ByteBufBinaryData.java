package io.newslens.search.config;

import co.elastic.clients.util.BinaryData;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * An Elasticsearch response body as the network handed it over (possibly several chunks behind one composite
 * buffer), read in place: the client's JSON parser streams it, nothing is copied into one array first.
 */
final class ByteBufBinaryData implements BinaryData {

    private final ByteBuf content;
    private final String contentType;

    ByteBufBinaryData(ByteBuf content, String contentType) {
        this.content = content;
        this.contentType = contentType;
    }

    @Override
    public String contentType() {
        return contentType;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        content.getBytes(content.readerIndex(), out, content.readableBytes());
    }

    @Override
    public ByteBuffer asByteBuffer() {
        return content.nioBuffer();
    }

    @Override
    public InputStream asInputStream() {
        // a view with its own reader index: the body can be read again (isRepeatable)
        return new ByteBufInputStream(content.duplicate());
    }

    @Override
    public boolean isRepeatable() {
        return true;
    }

    @Override
    public long size() {
        return content.readableBytes();
    }
}
