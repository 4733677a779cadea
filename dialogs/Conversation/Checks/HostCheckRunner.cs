using RdpHelpBot.Dialogs.Checks;
using RdpHelpBot.Dialogs.Conversation.Case;
using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge.Diagnosis;

namespace RdpHelpBot.Dialogs.Conversation;

/// <summary>
/// Runs a check the user asked for or accepted, says what it found, and turns the findings into evidence: each
/// finding's fact joins the case, so the diagnosis and the fix order follow what the host really does.
/// </summary>
internal sealed class HostCheckRunner(CaseServices services)
{
    public static CheckRequester Requester(TurnContext turn) => new(turn.ChannelId, turn.UserId, turn.VerifiedUserId);

    /// <summary>Whether the bot may offer this user a check.</summary>
    public bool IsAvailable(TurnContext turn) => services.HostChecks?.IsAvailableTo(Requester(turn)) ?? false;

    /// <summary>Runs the check and replies; null when checks are switched off (then the user is told so).</summary>
    public async Task<HostCheckResult?> RunAsync(TurnContext turn, string host, CancellationToken cancellationToken)
    {
        if (services.HostChecks is not { } checks)
        {
            await turn.SendAsync(new Reply(ConversationTexts.NoHostChecks), cancellationToken);
            return null;
        }
        var result = await checks.CheckAsync(Requester(turn), host, cancellationToken);
        await turn.SendAsync(HostCheckReply.For(result), cancellationToken);
        return result;
    }

    /// <summary>The case with the check's findings as evidence; a refused check adds nothing but still counts as offered.</summary>
    public CaseFile Record(CaseFile file, HostCheckResult? result)
    {
        file = file with { CheckOffered = true };
        if (result is null || result.Refused)
            return file;
        var known = result.Findings.Select(finding => finding.FactId).Where(services.Knowledge.Facts.ContainsKey);
        return file with { Host = file.Host ?? result.Host, Evidence = file.Evidence.WithFacts(known, services.Knowledge) };
    }

    /// <summary>"That changes things …" when the evidence moved the leading cause; null when it still leads.</summary>
    public static string? LeadChange(CaseDiagnosis before, CaseDiagnosis after)
    {
        if (after.Causes.Count == 0 || before.Causes.Count == 0 || before.Causes[0].Cause.Id == after.Causes[0].Cause.Id)
            return null;
        return $"That changes the picture: the most likely cause is now that {Wording.InSentence(after.Causes[0].Cause.Title)}.";
    }
}
