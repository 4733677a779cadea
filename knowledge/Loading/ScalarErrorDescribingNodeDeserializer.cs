using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace RdpHelpBot.Knowledge.Loading;

/// <summary>Turns "input string was not in a correct format" into a message naming the value and what is allowed.</summary>
internal sealed class ScalarErrorDescribingNodeDeserializer(INodeDeserializer inner) : INodeDeserializer
{
    public bool Deserialize(
        IParser reader,
        Type expectedType,
        Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value,
        ObjectDeserializer rootDeserializer)
    {
        var scalar = reader.Current as Scalar;
        try
        {
            return inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer);
        }
        catch (Exception e) when (scalar is not null && e is FormatException or OverflowException or ArgumentException)
        {
            throw new YamlException(scalar.Start, scalar.End, Expectation(Nullable.GetUnderlyingType(expectedType) ?? expectedType, scalar.Value));
        }
    }

    private static string Expectation(Type type, string value)
    {
        if (type.IsEnum)
        {
            var allowed = Enum.GetNames(type).Select(EnumValueNaming.Instance.Apply);
            return $"'{value}' is not allowed here; use one of: {string.Join(", ", allowed)}";
        }
        if (type == typeof(int) || type == typeof(long))
        {
            return $"'{value}' is not a whole number";
        }
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return $"'{value}' is not a number (write e.g. 0.25)";
        }
        return $"'{value}' cannot be read as {type.Name}";
    }
}
