using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimCompare.Store;

/// <summary>How claims and small lists are written into the store's TEXT columns, and the hashes used as ids.</summary>
internal static class StoredJson
{
    /// <summary>Round-trips the model records: enums by name, infinite bounds as "Infinity".</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Read<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new InvalidDataException("The store holds an empty JSON value where a record was expected.");

    /// <summary>Hex SHA-256 of the parts joined by a separator no text contains, cut to the given length.</summary>
    public static string Hash(int length, params string?[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(p => p ?? "\u0000"))));
        return Convert.ToHexStringLower(bytes)[..length];
    }
}
