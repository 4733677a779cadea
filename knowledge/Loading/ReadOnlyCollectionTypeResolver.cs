using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace RdpHelpBot.Knowledge.Loading;

/// <summary>Lets the model expose read-only collections while YAML fills concrete ones.</summary>
internal sealed class ReadOnlyCollectionTypeResolver : INodeTypeResolver
{
    public bool Resolve(NodeEvent? nodeEvent, ref Type currentType)
    {
        if (!currentType.IsGenericType)
        {
            return false;
        }
        var definition = currentType.GetGenericTypeDefinition();
        var arguments = currentType.GetGenericArguments();
        if (definition == typeof(IReadOnlyList<>))
        {
            currentType = typeof(List<>).MakeGenericType(arguments);
            return true;
        }
        if (definition == typeof(IReadOnlyDictionary<,>))
        {
            currentType = typeof(Dictionary<,>).MakeGenericType(arguments);
            return true;
        }
        return false;
    }
}
