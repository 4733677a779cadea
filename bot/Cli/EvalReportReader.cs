using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace RdpHelpBot.Bot.Cli;

/// <summary>
/// Reads evaluation reports: every <c>.yaml</c> file of a folder (or one file), each a list of
/// <c>{id, cause, context, style, text}</c>. A problem is reported with its file and report, never skipped.
/// </summary>
internal static class EvalReportReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    public static (IReadOnlyList<EvalReport> Reports, string? Error) Read(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Where(IsYaml).Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : null;
        if (files is null)
            return ([], $"{path}: no such folder or file of evaluation reports.");
        if (files.Count == 0)
            return ([], $"{path}: the folder holds no .yaml files of evaluation reports.");
        var reports = new List<EvalReport>();
        foreach (var file in files)
        {
            var (read, error) = ReadFile(file);
            if (error is not null)
                return ([], error);
            reports.AddRange(read);
        }
        var duplicate = reports.GroupBy(r => r.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? (reports, null)
            : ([], $"report id '{duplicate.Key}' appears more than once ({string.Join(", ", duplicate.Select(r => Path.GetFileName(r.File)).Distinct())}).");
    }

    private static bool IsYaml(string file) =>
        file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static (IReadOnlyList<EvalReport> Reports, string? Error) ReadFile(string file)
    {
        List<Entry>? entries;
        try
        {
            entries = Deserializer.Deserialize<List<Entry>?>(File.ReadAllText(file));
        }
        catch (YamlException e)
        {
            return ([], $"{file}:{e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([], $"{file}: cannot be read: {e.Message}");
        }
        var reports = new List<EvalReport>();
        foreach (var (entry, index) in (entries ?? []).Select((e, i) => (e, i + 1)))
        {
            var missing = new[] { ("id", entry.Id), ("cause", entry.Cause), ("text", entry.Text) }
                .FirstOrDefault(field => string.IsNullOrWhiteSpace(field.Item2)).Item1;
            if (missing is not null)
                return ([], $"{file}: report {entry.Id ?? $"#{index}"} has no {missing}.");
            reports.Add(new EvalReport(file, entry.Id!, entry.Cause!, entry.Context, entry.Style, entry.Text!));
        }
        return (reports, null);
    }

    private sealed class Entry
    {
        public string? Id { get; set; }

        public string? Cause { get; set; }

        public string? Context { get; set; }

        public string? Style { get; set; }

        public string? Text { get; set; }
    }
}
