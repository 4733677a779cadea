using RdpHelpBot.Knowledge.Model;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace RdpHelpBot.Knowledge.Loading;

/// <summary>Parses one YAML knowledge file; syntax and type errors come back as errors with their line.</summary>
internal static class KnowledgeDocumentReader
{
    public static (KnowledgeDocument? Document, KnowledgeError? Error) Read(KnowledgeFile file)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .WithEnumNamingConvention(HyphenatedNamingConvention.Instance)
            .WithNodeTypeResolver(new ReadOnlyCollectionTypeResolver())
            .WithNodeDeserializer(
                inner => new LocationTrackingNodeDeserializer(inner, file.Name),
                where => where.InsteadOf<ObjectNodeDeserializer>())
            .Build();
        try
        {
            var document = deserializer.Deserialize<KnowledgeDocument?>(file.Text) ?? new KnowledgeDocument();
            return (document, null);
        }
        catch (YamlException e)
        {
            return (null, new KnowledgeError(new SourceLocation(file.Name, (int)e.Start.Line), null, Describe(e)));
        }
    }

    /// <summary>YamlDotNet wraps the useful message; the innermost one names the property or value at fault.</summary>
    private static string Describe(YamlException exception)
    {
        Exception current = exception;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }
        var message = current is YamlException yaml ? yaml.Message : current.Message;
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is reported separately.
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        return marker >= 0 && message.StartsWith('(') ? message[(marker + 3)..] : message;
    }
}
