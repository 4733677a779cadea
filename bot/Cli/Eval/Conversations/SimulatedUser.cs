using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Knowledge;
using RdpHelpBot.Knowledge.Model;

namespace RdpHelpBot.Bot.Cli.Eval.Conversations;

/// <summary>
/// Plays a story against the bot as a truthful user would: reads what the bot shows, answers its questions in
/// words from what the user knows (and "not sure" otherwise), adds what a real user volunteers, says a fix did
/// not help unless it addresses the cause, and refuses steps beyond the user's rights.
/// </summary>
internal sealed class SimulatedUser(Story story, KnowledgeBase knowledge)
{
    private readonly Queue<string> volunteers = new(story.Volunteers);
    private readonly List<string> fixesShown = [];

    public int MessagesSent { get; private set; }

    /// <summary>How many user messages had been sent when a fix that works was first shown; null until then.</summary>
    public int? MessagesToRightFix { get; private set; }

    /// <summary>The place (1 = first) of the first fix shown that works; null until then.</summary>
    public int? RightFixPlace { get; private set; }

    public bool Resolved { get; private set; }

    public bool HumanOffered { get; private set; }

    public IReadOnlyList<string> FixesShown => fixesShown;

    public string Opening()
    {
        MessagesSent++;
        return story.Opening;
    }

    /// <summary>The user's next message after the bot's replies, or null when the user has nothing more to say.</summary>
    public string? Respond(IReadOnlyList<Reply> replies)
    {
        var shownFix = replies.Select(FixOnCard).LastOrDefault(fix => fix is not null);
        if (shownFix is not null)
            NoteFixShown(shownFix);
        HumanOffered |= replies.Any(OffersHuman);
        var asking = replies.LastOrDefault(reply => reply.HasChoices);
        var message = shownFix is not null ? AnswerFix(shownFix)
            : asking is null ? null
            : knowledge.Questions.Values.FirstOrDefault(q => q.Text == asking.Text) is { } question ? AnswerQuestion(question)
            : AnswerOther(asking);
        if (message is not null)
            MessagesSent++;
        return message;
    }

    private void NoteFixShown(Fix fix)
    {
        fixesShown.Add(fix.Id);
        if (RightFixPlace is null && story.Works.Contains(fix.Id))
        {
            RightFixPlace = fixesShown.Count;
            MessagesToRightFix = MessagesSent;
        }
    }

    private string AnswerFix(Fix fix)
    {
        if (!MayDo(fix))
            return "I can't do this step, I don't have the rights for that.";
        if (story.Works.Contains(fix.Id))
        {
            Resolved = true;
            return "Yes, that fixed it!";
        }
        return WithVolunteer("No, that didn't help.");
    }

    private string AnswerQuestion(Question question)
    {
        var answer = question.Answers.FirstOrDefault(a => a.Fact is not null && story.Facts.Contains(a.Fact));
        return WithVolunteer(answer?.Label ?? "Not sure.");
    }

    /// <summary>Anything else with buttons: go on to the fixes, decline offers of checks.</summary>
    private static string AnswerOther(Reply asking)
    {
        var labels = asking.Choices!.Select(choice => choice.Label).ToList();
        if (labels.Any(label => label.Contains("fixes", StringComparison.OrdinalIgnoreCase)))
            return "Just show me the fixes.";
        return labels.Any(label => label.Equals("No", StringComparison.OrdinalIgnoreCase)) ? "No thanks." : "Not sure.";
    }

    private string WithVolunteer(string answer) =>
        volunteers.TryDequeue(out var line) ? $"{answer.TrimEnd('.')}. {line}" : answer;

    private bool MayDo(Fix fix) => fix.RunsOn switch
    {
        FixPlace.Host => story.May("host-admin"),
        FixPlace.AzurePortal => story.May("azure-portal"),
        FixPlace.Network => story.May("host-admin") || story.May("azure-portal"),
        _ => !NeedsAdmin(fix.Rights) || story.May("client-admin"),
    };

    private static bool NeedsAdmin(string rights) => rights.Contains("administrator", StringComparison.OrdinalIgnoreCase);

    private Fix? FixOnCard(Reply reply) =>
        reply.Card?.Blocks.OfType<Heading>().Select(heading => knowledge.Fixes.Values.FirstOrDefault(fix => fix.Title == heading.Text))
            .FirstOrDefault(fix => fix is not null);

    private static bool OffersHuman(Reply reply) =>
        Mentions(reply.Text) || (reply.Choices ?? []).Any(choice => Mentions(choice.Label));

    private static bool Mentions(string text) =>
        text.Contains("helpdesk", StringComparison.OrdinalIgnoreCase) || text.Contains("human", StringComparison.OrdinalIgnoreCase)
        || text.Contains("a person", StringComparison.OrdinalIgnoreCase);
}
