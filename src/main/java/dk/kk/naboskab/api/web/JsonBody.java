package dk.kk.naboskab.api.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request's JSON object, read strictly: no more than the limit (413), well-formed UTF-8 JSON
 * (400), an object, no field the endpoint does not know (400 naming it) and each field of the type
 * it must be (400 naming it and the type). JSON-B would silently skip an unknown field; a client
 * that misspells {@code descripton} must be told.
 */
final class JsonBody {
  /**
   * Looked up once: {@code Json.createReader} asks the service loader for a provider on every call,
   * which scanned the class path's jars on every request (measured in the API's benchmark).
   */
  private static final jakarta.json.spi.JsonProvider JSON =
      jakarta.json.spi.JsonProvider.provider();

  private final JsonObject object;
  private final byte[] bytes;

  private JsonBody(JsonObject object, byte[] bytes) {
    this.object = object;
    this.bytes = bytes;
  }

  /**
   * @param limit the most bytes the body may hold
   * @param fields the fields the endpoint knows
   */
  static JsonBody read(InputStream in, int limit, Set<String> fields) {
    var bytes = upTo(in, limit);
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw ApiProblem.of(400, "malformed", "api.problem.malformed");
    }
    JsonValue value;
    try (var reader = JSON.createReader(new StringReader(text))) {
      value = reader.readValue();
    } catch (jakarta.json.JsonException e) {
      throw ApiProblem.of(400, "malformed", "api.problem.malformed");
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw ApiProblem.of(400, "malformed", "api.problem.notObject");
    }
    var object = value.asJsonObject();
    var unknown = new ArrayList<Problem.FieldError>();
    for (var name : object.keySet()) {
      if (!fields.contains(name)) {
        unknown.add(
            new Problem.FieldError(
                name,
                "unknown",
                dk.kk.naboskab.shared.Messages.text(
                    ApiProblem.DANISH, "api.problem.unknownField", name)));
      }
    }
    if (!unknown.isEmpty()) {
      throw new ApiProblem(
          400,
          "unknown-field",
          dk.kk.naboskab.shared.Messages.text(ApiProblem.DANISH, "api.problem.unknownFields"),
          unknown,
          java.util.Map.of());
    }
    return new JsonBody(object, bytes);
  }

  private static byte[] upTo(InputStream in, int limit) {
    var out = new ByteArrayOutputStream();
    var buffer = new byte[8192];
    try {
      int read;
      while ((read = in.read(buffer)) != -1) {
        if (out.size() + read > limit) {
          throw ApiProblem.of(413, "too-large", "api.problem.tooLarge", limit / (1024 * 1024));
        }
        out.write(buffer, 0, read);
      }
    } catch (IOException e) {
      throw ApiProblem.of(400, "malformed", "api.problem.malformed");
    }
    return out.toByteArray();
  }

  /** The body as it came, for the idempotency key's fingerprint. */
  byte[] bytes() {
    return bytes.clone();
  }

  Optional<String> text(String field) {
    var value = present(field);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof JsonString string) {
      return Optional.of(string.getString());
    }
    throw wrongType(field, "tekst");
  }

  Optional<Long> number(String field) {
    var value = present(field);
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof JsonNumber number && number.isIntegral()) {
      try {
        return Optional.of(number.longValueExact());
      } catch (ArithmeticException tooBig) {
        throw wrongType(field, "et heltal");
      }
    }
    throw wrongType(field, "et heltal");
  }

  /** Files as {@code [{"name": …, "content": base64}]}. */
  List<NamedBytes> files(String field) {
    var value = present(field);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      throw wrongType(field, "en liste af filer");
    }
    var files = new ArrayList<NamedBytes>();
    for (int i = 0; i < array.size(); i++) {
      var name = field + "[" + i + "]";
      if (!(array.get(i) instanceof JsonObject file)
          || !(file.get("name") instanceof JsonString fileName)
          || !(file.get("content") instanceof JsonString content)
          || file.size() != 2) {
        throw wrongType(name, "et objekt med name og content");
      }
      try {
        files.add(
            new NamedBytes(
                fileName.getString(), Base64.getMimeDecoder().decode(content.getString())));
      } catch (IllegalArgumentException e) {
        throw ApiProblem.field(400, name + ".content", "base64", "api.problem.base64", name);
      }
    }
    return files;
  }

  private JsonValue present(String field) {
    var value = object.get(field);
    return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
  }

  private static ApiProblem wrongType(String field, String type) {
    return ApiProblem.field(400, field, "type", "api.problem.wrongType", field, type);
  }

  /** A file as the client sent it. */
  record NamedBytes(String name, byte[] content) {}
}
