using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Knowledge.Understanding;

/// <summary>What one message said, in the order it was said.</summary>
public sealed record Understanding(
    IReadOnlyList<CodeMention> Codes,
    IReadOnlyList<string> Facts,
    IReadOnlyList<Intent> Intents,
    string? Host)
{
    // Before Nothing: static fields are set in the order written, and Nothing's Resemblance reads this one.
    internal static readonly IReadOnlyDictionary<string, double> EmptyResemblance = new Dictionary<string, double>(StringComparer.Ordinal);

    public static readonly Understanding Nothing = new([], [], [], null);

    /// <summary>
    /// The fixes the message says were already tried without success ("already redeployed, same error"), in the
    /// order said: they are recorded as failed before the bot suggests anything.
    /// </summary>
    public IReadOnlyList<string> TriedFixes { get; init; } = [];

    /// <summary>
    /// How much the message reads like the known reports of each cause (cosine similarity by cause id), when it was
    /// compared by meaning; empty otherwise.
    /// </summary>
    public IReadOnlyDictionary<string, double> Resemblance { get; init; } = EmptyResemblance;

    /// <summary>How many characters at the end of the message were not read (it was longer than is read).</summary>
    public int Unread { get; init; }

    public bool Has(IntentKind kind) => Intents.Any(i => i.Kind == kind);

    /// <summary>
    /// The message corrects what the user said or clicked before ("wrong button", "not X, it was Y"): its facts
    /// replace the earlier answer rather than adding to it.
    /// </summary>
    public bool IsCorrection => Has(IntentKind.Correction);
}

/// <summary>An error code as the user wrote it, e.g. main 0x904 from "error 2308".</summary>
public sealed record CodeMention(ErrorCodeKind Kind, int Number, string Text)
{
    public string Hex => $"0x{Number:X}";
}

public sealed record Intent(IntentKind Kind, string? Host = null);

public enum IntentKind
{
    Greeting,
    Help,
    StartOver,
    Cancel,
    TalkToHuman,
    /// <summary>"it worked", "that fixed it".</summary>
    Worked,
    /// <summary>"still broken", "didn't help".</summary>
    DidNotWork,
    /// <summary>"I can't do this step" (no rights, no access).</summary>
    CannotDoStep,
    /// <summary>"show me the next one", "skip".</summary>
    NextFix,
    /// <summary>"what else could it be?"</summary>
    WhatElse,
    /// <summary>"check rdp01.contoso.com" (host in <see cref="Intent.Host"/>).</summary>
    CheckHost,
    /// <summary>"watch rdp01.contoso.com" for certificate expiry.</summary>
    WatchHost,
    /// <summary>"stop watching rdp01.contoso.com" (host in <see cref="Intent.Host"/>).</summary>
    StopWatching,
    /// <summary>"what am I watching?"</summary>
    ListWatches,
    /// <summary>"just show me the fixes", "skip the questions".</summary>
    ShowFixes,
    /// <summary>"why do you ask?", "why this fix?".</summary>
    AskWhy,
    /// <summary>"what does this mean?", "what does takeown do here?", "what does 0x204 mean?".</summary>
    AskMeaning,
    /// <summary>"is this safe?", "what's the risk?".</summary>
    AskSafety,
    /// <summary>"no way I'm doing that on a production server": a refusal of a fix, not a result of it.</summary>
    Objection,
    /// <summary>"wrong button", "I meant…", "not Azure, it's a server in our office": replaces the earlier answer.</summary>
    Correction,
}
