using RdpHelpBot.Dialogs.Engine;
using RdpHelpBot.Dialogs.Outbox;
using RdpHelpBot.Dialogs.Replies;

namespace RdpHelpBot.Dialogs.Helpdesk;

/// <summary>
/// The helpdesk's side of a live case, in its thread: Claim and Open ticket on the card, the agent's words relayed to
/// the user (lines starting with <c>//</c> stay in the thread), and <c>resolve [fix-id] [note]</c>, <c>release</c>,
/// <c>transfer @someone</c>. Only agents act; every action, and every refusal, is audited.
/// </summary>
internal sealed class HelpdeskDesk(HelpdeskServices services, RatingPrompt? ratings)
{
    public const string InternalPrefix = "//";

    public async Task HandleAsync(TurnContext turn, HelpdeskCase live, HelpdeskThread thread, CancellationToken cancellationToken)
    {
        var agent = services.Agents.Agent(turn);
        var actorId = agent?.Id ?? turn.VerifiedUserId ?? $"unverified:{turn.ChannelId}:{turn.UserId}";
        var command = turn.ChoiceValue switch
        {
            HelpdeskActions.Claim => "claim",
            HelpdeskActions.OpenTicket => "ticket",
            _ => AgentCommand.Verb(turn.Text),
        };
        if (command is null)
        {
            await RelayAsync(turn, live, agent, cancellationToken);
            return;
        }
        var effects = new CaseEffects(turn, live, command);
        if (agent is null)
        {
            effects.Audit(actorId, turn.UserName, command, allowed: false, "not an agent");
            await Say(turn, HelpdeskTexts.NotAnAgent, cancellationToken);
            return;
        }
        switch (command)
        {
            case "claim":
                await ClaimAsync(turn, live, agent, effects, cancellationToken);
                break;
            case "ticket":
                await OpenTicketAsync(turn, live, agent, effects, cancellationToken);
                break;
            case "resolve":
                await ResolveAsync(turn, live, agent, effects, AgentCommand.Rest(turn.Text), cancellationToken);
                break;
            case "release":
                await ReleaseAsync(turn, live, agent, effects, cancellationToken);
                break;
            default:
                await TransferAsync(turn, live, agent, effects, AgentCommand.Rest(turn.Text), cancellationToken);
                break;
        }
    }

    private static async Task RelayAsync(TurnContext turn, HelpdeskCase live, HelpdeskAgent? agent, CancellationToken cancellationToken)
    {
        var text = turn.Text;
        if (text.Length == 0 || text.StartsWith(InternalPrefix, StringComparison.Ordinal))
            return;
        if (agent is null)
        {
            await Say(turn, HelpdeskTexts.NotAnAgent, cancellationToken);
            return;
        }
        if (live.State != CaseState.Claimed || live.Agent is null)
        {
            await Say(turn, HelpdeskTexts.ClaimFirst, cancellationToken);
            return;
        }
        if (live.Agent.Id != agent.Id)
        {
            await Say(turn, HelpdeskTexts.HeldByOther(live.Agent), cancellationToken);
            return;
        }
        var relay = new CaseEffects(turn, live, "from-agent");
        relay.Save(live with { LastActivity = turn.Time.GetUtcNow() });
        relay.ToUser(new Reply(HelpdeskTexts.Relayed(live.Agent.Name, text)));
    }

    private static async Task ClaimAsync(TurnContext turn, HelpdeskCase live, HelpdeskAgent agent, CaseEffects effects, CancellationToken cancellationToken)
    {
        if (live.State == CaseState.Claimed && live.Agent is { } holder)
        {
            effects.Audit(agent.Id, agent.Name, "claim", allowed: false, $"already claimed by {holder.Id}");
            await Say(turn, holder.Id == agent.Id ? HelpdeskTexts.YouHaveIt : HelpdeskTexts.AlreadyClaimed(holder), cancellationToken);
            return;
        }
        var now = turn.Time.GetUtcNow();
        var claimed = live with { State = CaseState.Claimed, Agent = agent, Claimed = now, LastActivity = now };
        effects.Save(claimed);
        effects.UpdateCards(claimed);
        effects.ToUser(new Reply(HelpdeskTexts.ClaimedForUser(agent.Name)));
        effects.Audit(agent.Id, agent.Name, "claim", allowed: true);
        effects.Publish(TurnEventTypes.CaseClaimed, claimed);
        await Say(turn, HelpdeskTexts.Claimed(agent.Name), cancellationToken);
    }

    private async Task OpenTicketAsync(TurnContext turn, HelpdeskCase live, HelpdeskAgent agent, CaseEffects effects, CancellationToken cancellationToken)
    {
        if (services.Tickets is not { IsConfigured: true, Systems: { } systems })
        {
            effects.Audit(agent.Id, agent.Name, "ticket", allowed: false, "no ticket system configured");
            await Say(turn, HelpdeskTexts.NoTicketSystem, cancellationToken);
            return;
        }
        // The ticket outbox names its rows by the case: a second click opens no second ticket.
        turn.Record(live.Packet);
        effects.Audit(agent.Id, agent.Name, "ticket", allowed: true, systems);
        await Say(turn, HelpdeskTexts.TicketOpening(systems), cancellationToken);
    }

    private async Task ResolveAsync(
        TurnContext turn, HelpdeskCase live, HelpdeskAgent agent, CaseEffects effects, string rest, CancellationToken cancellationToken)
    {
        var (fixId, note) = SplitFix(rest);
        var now = turn.Time.GetUtcNow();
        var resolved = live with
        {
            State = CaseState.Resolved,
            Agent = agent,
            Claimed = live.Claimed ?? now,
            Ended = now,
            LastActivity = now,
            ResolvedBy = fixId,
            ResolutionNote = note,
        };
        effects.Save(resolved);
        effects.UpdateCards(resolved);
        var told = new List<Reply> { new(HelpdeskTexts.ResolvedForUser(agent.Name, note)), new(HelpdeskTexts.BackAfterAgent) };
        if (ratings is not null && await ratings.AskAsync(turn, live.CaseId, live.UserConversation, byAgent: true, cancellationToken) is { } question)
            told.Add(question);
        effects.ToUser([.. told]);
        effects.Audit(agent.Id, agent.Name, "resolve", allowed: true, fixId is null ? note ?? "" : $"{fixId} {note}".Trim());
        effects.Publish(TurnEventTypes.CaseResolved, resolved);
        await Say(turn, HelpdeskTexts.ResolvedForThread, cancellationToken);
    }

    private static async Task ReleaseAsync(TurnContext turn, HelpdeskCase live, HelpdeskAgent agent, CaseEffects effects, CancellationToken cancellationToken)
    {
        if (live.State != CaseState.Claimed)
        {
            effects.Audit(agent.Id, agent.Name, "release", allowed: false, "not claimed");
            await Say(turn, HelpdeskTexts.NotClaimed, cancellationToken);
            return;
        }
        var released = live with { State = CaseState.Waiting, Agent = null, WaitingAcknowledged = false, LastActivity = turn.Time.GetUtcNow() };
        effects.Save(released);
        effects.UpdateCards(released);
        effects.ToUser(new Reply(HelpdeskTexts.ReleasedForUser));
        effects.Audit(agent.Id, agent.Name, "release", allowed: true, live.Agent?.Id is { } from && from != agent.Id ? $"held by {from}" : "");
        await Say(turn, HelpdeskTexts.Released(agent.Name), cancellationToken);
    }

    private async Task TransferAsync(
        TurnContext turn, HelpdeskCase live, HelpdeskAgent agent, CaseEffects effects, string mention, CancellationToken cancellationToken)
    {
        if (mention.Length == 0)
        {
            await Say(turn, HelpdeskTexts.TransferWhom, cancellationToken);
            return;
        }
        var target = await new AgentMentions(services).FindAsync(agent, mention, turn.Mentions, turn.Time.GetUtcNow(), cancellationToken);
        if (target is null)
        {
            effects.Audit(agent.Id, agent.Name, "transfer", allowed: false, $"{mention} is not an agent");
            await Say(turn, HelpdeskTexts.NotAnAgentTarget(mention), cancellationToken);
            return;
        }
        var now = turn.Time.GetUtcNow();
        var transferred = live with { State = CaseState.Claimed, Agent = target, Claimed = live.Claimed ?? now, LastActivity = now };
        effects.Save(transferred);
        effects.UpdateCards(transferred);
        effects.ToUser(new Reply(HelpdeskTexts.TransferredForUser(target.Name)));
        effects.Audit(agent.Id, agent.Name, "transfer", allowed: true, $"to {target.Id}");
        await Say(turn, HelpdeskTexts.Transferred(target.Name), cancellationToken);
    }

    /// <summary>The fix id that <c>resolve</c> names first, when the knowledge base knows it, and the note after it.</summary>
    private (string? FixId, string? Note) SplitFix(string rest)
    {
        var words = rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length > 0 && services.Knowledge?.Fixes.ContainsKey(words[0]) == true)
            return (words[0], words.Length > 1 ? words[1] : null);
        return (null, rest.Length > 0 ? rest : null);
    }

    private static Task Say(TurnContext turn, string text, CancellationToken cancellationToken) =>
        turn.SendAsync(new Reply(text), cancellationToken);
}

/// <summary>The commands an agent types in a case's thread.</summary>
internal static class AgentCommand
{
    private static readonly string[] Verbs = ["resolve", "release", "transfer"];

    /// <summary>The command <paramref name="text"/> starts with; null for anything else (words for the user).</summary>
    public static string? Verb(string text)
    {
        var first = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return first is null ? null : Verbs.FirstOrDefault(verb => verb.Equals(first, StringComparison.OrdinalIgnoreCase));
    }

    public static string Rest(string text)
    {
        var parts = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length > 1 ? parts[1].Trim() : "";
    }
}
