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
            .WithEnumNamingConvention(EnumValueNaming.Instance)
            .WithNodeTypeResolver(new ReadOnlyCollectionTypeResolver())
            .WithNodeDeserializer(
                inner => new LocationTrackingNodeDeserializer(inner, file.Name),
                where => where.InsteadOf<ObjectNodeDeserializer>())
            .WithNodeDeserializer(new EmptyEntryRejectingNodeDeserializer(), where => where.Before<NullNodeDeserializer>())
            .WithNodeDeserializer(
                inner => new ScalarErrorDescribingNodeDeserializer(inner),
                where => where.InsteadOf<ScalarNodeDeserializer>())
            .Build();
        try
        {
            var document = deserializer.Deserialize<KnowledgeDocument?>(file.Text) ?? new KnowledgeDocument();
            return (document, null);
        }
        catch (YamlException e)
        {
            return (null, new KnowledgeError(new SourceLocation(file.Name, (int)e.Start.Line), null, YamlErrorMessages.Describe(e)));
        }
    }
}
