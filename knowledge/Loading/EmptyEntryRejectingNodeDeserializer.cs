using RdpHelpBot.Knowledge.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace RdpHelpBot.Knowledge.Loading;

/// <summary>
/// Rejects an empty value where an item or a list belongs (a bare <c>-</c>, <c>answers:</c> with nothing
/// under it), which would otherwise reach the engine as null.
/// </summary>
internal sealed class EmptyEntryRejectingNodeDeserializer : INodeDeserializer
{
    public bool Deserialize(
        IParser reader,
        Type expectedType,
        Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value,
        ObjectDeserializer rootDeserializer)
    {
        value = null;
        if (reader.Current is Scalar scalar && IsNull(scalar) && Describe(expectedType) is { } expected)
        {
            throw new YamlException(scalar.Start, scalar.End, $"an empty value where {expected} belongs; fill it in or remove the line");
        }
        return false;
    }

    private static bool IsNull(Scalar scalar) =>
        (!scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific && scalar.Tag.Value == "tag:yaml.org,2002:null")
        || (scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL");

    private static string? Describe(Type type)
    {
        if (typeof(ILocated).IsAssignableFrom(type))
        {
            return $"an entry ({type.Name.ToLowerInvariant()})";
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition)
        {
            if (definition == typeof(List<>) || definition == typeof(IReadOnlyList<>))
            {
                return "a list";
            }
            if (definition == typeof(Dictionary<,>) || definition == typeof(IReadOnlyDictionary<,>))
            {
                return "a mapping";
            }
        }
        return null;
    }
}
