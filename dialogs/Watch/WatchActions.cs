using System.Globalization;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Watch;

/// <summary>
/// The buttons of a certificate warning and of the offer of warnings, as choice values that carry what they act on
/// (<c>watch.snooze.7d|3389|rdp01.contoso.com</c>), so a click needs no state kept in the conversation.
/// </summary>
public static class WatchActions
{
    public const string Prefix = "watch.";
    private const string Renew = Prefix + "renew";
    private const string Check = Prefix + "check";
    private const string Snooze = Prefix + "snooze.";
    private const string OfferYes = Prefix + "offer.yes";
    private const string OfferNo = Prefix + "offer.no";

    public static bool IsAction(string? value) => value?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    /// <summary>
    /// The buttons under a warning about <paramref name="host"/>; <paramref name="evidenceFact"/> is the check fact its
    /// certificate establishes (null: nothing to renew, as for a host that cannot be checked).
    /// </summary>
    public static IReadOnlyList<Choice> WarningButtons(WatchHostRef host, string? evidenceFact)
    {
        ArgumentNullException.ThrowIfNull(host);
        var target = $"{host.Port.ToString(CultureInfo.InvariantCulture)}|{host.Host}";
        return
        [
            .. evidenceFact is null ? [] : new[] { new Choice($"{Renew}|{evidenceFact}|{target}", "Show me how to renew") },
            new Choice($"{Snooze}1d|{target}", "Snooze 1 day"),
            new Choice($"{Snooze}7d|{target}", "Snooze 7 days"),
            new Choice($"{Snooze}renewed|{target}", "Snooze until renewed"),
            new Choice($"{Check}|{target}", "Check now"),
        ];
    }

    /// <summary>Yes and No to "Shall I warn you before this host's certificate expires?" for the host as the user typed it.</summary>
    public static IReadOnlyList<Choice> OfferButtons(string host) =>
        [new Choice($"{OfferYes}|{host}", "Yes"), new Choice($"{OfferNo}|{host}", "No")];

    /// <summary>What a click asks for; null when the value is no watch button (or one this build cannot read).</summary>
    public static WatchClick? Read(string? value)
    {
        if (!IsAction(value))
            return null;
        var parts = value!.Split('|');
        switch (parts[0])
        {
            case OfferYes or OfferNo when parts.Length == 2 && parts[1].Length > 0:
                return new WatchClick(parts[0] == OfferYes ? WatchClickKind.OfferAccepted : WatchClickKind.OfferDeclined, null, parts[1]);
            case Renew when parts.Length == 4 && Host(parts[2], parts[3]) is { } renewed:
                return new WatchClick(WatchClickKind.Renew, renewed, EvidenceFact: parts[1]);
            case Check when parts.Length == 3 && Host(parts[1], parts[2]) is { } checkedHost:
                return new WatchClick(WatchClickKind.CheckNow, checkedHost);
            case var action when action.StartsWith(Snooze, StringComparison.Ordinal) && parts.Length == 3 && Host(parts[1], parts[2]) is { } snoozed:
                return action[Snooze.Length..] switch
                {
                    "1d" => new WatchClick(WatchClickKind.Snooze, snoozed, Snooze: WatchSnooze.OneDay),
                    "7d" => new WatchClick(WatchClickKind.Snooze, snoozed, Snooze: WatchSnooze.SevenDays),
                    "renewed" => new WatchClick(WatchClickKind.Snooze, snoozed, Snooze: WatchSnooze.UntilRenewed),
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static WatchHostRef? Host(string port, string host) =>
        int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 65536 && host.Length > 0
            ? new WatchHostRef(host, number)
            : null;
}

public enum WatchClickKind
{
    Renew,
    Snooze,
    CheckNow,
    OfferAccepted,
    OfferDeclined,
}

/// <summary>One click on a watch button: what it asks for, the watched host, or the host as typed for an offer.</summary>
public sealed record WatchClick(WatchClickKind Kind, WatchHostRef? Host, string? TypedHost = null, string? EvidenceFact = null, WatchSnooze? Snooze = null);
