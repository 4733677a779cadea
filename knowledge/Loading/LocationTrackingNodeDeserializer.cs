using RdpHelpBot.Knowledge.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace RdpHelpBot.Knowledge.Loading;

/// <summary>Records the file and line of every object that wants to know where it was written.</summary>
internal sealed class LocationTrackingNodeDeserializer(INodeDeserializer inner, string file) : INodeDeserializer
{
    public bool Deserialize(
        IParser reader,
        Type expectedType,
        Func<IParser, Type, object?> nestedObjectDeserializer,
        out object? value,
        ObjectDeserializer rootDeserializer)
    {
        var start = reader.Current?.Start;
        if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer))
        {
            return false;
        }
        if (start is { } mark && value is ILocated located)
        {
            located.Location = new SourceLocation(file, (int)mark.Line);
        }
        return true;
    }
}
