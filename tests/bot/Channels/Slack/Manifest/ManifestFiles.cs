using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace RdpHelpBot.Bot.Tests.Channels.Slack.Manifest;

/// <summary>Finds the repository's Slack manifest and Slack's schema kept with these tests.</summary>
internal static class ManifestFiles
{
    public static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "RdpHelpBot.sln")))
                    return folder.FullName;
            }
            throw new InvalidOperationException($"No RdpHelpBot.sln above {AppContext.BaseDirectory}.");
        }
    }

    public static string Manifest => Path.Combine(RepositoryRoot, "manifest", "slack", "manifest.yaml");

    /// <summary>Slack's official manifest schema, kept in the repository beside these tests (see Schema/README.md).</summary>
    public static string SchemaFolder => Path.Combine(RepositoryRoot, "tests", "bot", "Channels", "Slack", "Manifest", "Schema");

    /// <summary>The YAML manifest as JSON, with YAML's plain scalars typed as YAML 1.2 reads them.</summary>
    public static JsonObject ReadManifest()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Manifest);
        yaml.Load(reader);
        return ToJson(yaml.Documents[0].RootNode)!.AsObject();
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(child =>
            KeyValuePair.Create(((YamlScalarNode)child.Key).Value!, ToJson(child.Value)))),
        YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType}."),
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        if (scalar.Style is YamlDotNet.Core.ScalarStyle.SingleQuoted or YamlDotNet.Core.ScalarStyle.DoubleQuoted)
            return JsonValue.Create(scalar.Value);
        return scalar.Value switch
        {
            "true" => JsonValue.Create(true),
            "false" => JsonValue.Create(false),
            "null" or "~" or "" or null => null,
            var text when long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
            var text => JsonValue.Create(text),
        };
    }
}
