using System.Text.Json.Serialization;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>A probe report with its findings, as the <c>probe --json</c> command writes it.</summary>
internal sealed record ProbeDocument(ProbeReport Report, IReadOnlyList<ProbeFinding> Findings);

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ProbeReport))]
[JsonSerializable(typeof(ProbeDocument))]
internal sealed partial class ProbeJsonContext : JsonSerializerContext;
