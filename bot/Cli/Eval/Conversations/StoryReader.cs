using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RdpHelpBot.Bot.Cli.Eval.Conversations;

/// <summary>Reads the stories of a YAML file (a list); an error names the file and the line.</summary>
internal static class StoryReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<Story> Read(string path)
    {
        try
        {
            using var reader = File.OpenText(path);
            return Deserializer.Deserialize<List<Story>>(reader) ?? [];
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{path}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }
    }
}
