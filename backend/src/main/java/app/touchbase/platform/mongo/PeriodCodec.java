package app.touchbase.platform.mongo;

import org.bson.BsonReader;
import org.bson.BsonWriter;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

import java.time.Period;

/** A period is stored as its ISO-8601 text ("P3M"), which reads back exactly. */
public final class PeriodCodec implements Codec<Period> {

    @Override
    public void encode(BsonWriter writer, Period value, EncoderContext encoderContext) {
        writer.writeString(value.toString());
    }

    @Override
    public Period decode(BsonReader reader, DecoderContext decoderContext) {
        return Period.parse(reader.readString());
    }

    @Override
    public Class<Period> getEncoderClass() {
        return Period.class;
    }
}
