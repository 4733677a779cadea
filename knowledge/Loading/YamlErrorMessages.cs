using System.Reflection;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Serialization.NamingConventions;

namespace RdpHelpBot.Knowledge.Loading;

/// <summary>Rewrites YamlDotNet's messages into ones a maintainer of the knowledge files can act on.</summary>
internal static partial class YamlErrorMessages
{
    public static string Describe(YamlException exception)
    {
        Exception current = exception;
        while (current.InnerException is not null)
        {
            current = current.InnerException;
        }
        var message = current is YamlException yaml ? yaml.Message : current.Message;
        // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is reported separately.
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        message = marker >= 0 && message.StartsWith('(') ? message[(marker + 3)..] : message;
        return DescribeUnknownProperty(message) ?? DescribeWrongShape(message) ?? message;
    }

    private static string? DescribeWrongShape(string message)
    {
        var match = WrongShape().Match(message);
        if (!match.Success)
        {
            return null;
        }
        var expected = match.Groups["type"].Value switch
        {
            "System.String" => "text",
            "System.Double" => "a number",
            "System.Int32" => "a whole number",
            var type when type.StartsWith("System.Collections.Generic.List", StringComparison.Ordinal) => "a list",
            var type when type.StartsWith("System.Collections.Generic.Dictionary", StringComparison.Ordinal) => "a mapping",
            var type => type[(type.LastIndexOf('.') + 1)..].ToLowerInvariant(),
        };
        return $"this value has the wrong shape; {expected} belongs here (check for stray brackets, braces or dashes)";
    }

    private static string? DescribeUnknownProperty(string message)
    {
        var match = UnknownProperty().Match(message);
        if (!match.Success || typeof(KnowledgeFile).Assembly.GetType(match.Groups["type"].Value) is not { } type)
        {
            return null;
        }
        var allowed = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetSetMethod() is not null)
            .Select(p => UnderscoredNamingConvention.Instance.Apply(p.Name))
            .Order(StringComparer.Ordinal);
        return $"unknown property '{match.Groups["property"].Value}' in {type.Name.ToLowerInvariant()}; use one of: {string.Join(", ", allowed)}";
    }

    [GeneratedRegex("^No node deserializer was able to deserialize the node into type (?<type>[^,`\\[]+)")]
    private static partial Regex WrongShape();

    [GeneratedRegex("^Property '(?<property>[^']+)' not found on type '(?<type>[^']+)'")]
    private static partial Regex UnknownProperty();
}
