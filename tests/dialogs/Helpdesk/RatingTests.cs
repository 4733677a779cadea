using RdpHelpBot.Dialogs.Helpdesk;
using RdpHelpBot.Dialogs.Replies;
using RdpHelpBot.Dialogs.Tests.Conversation;
using RdpHelpBot.Dialogs.Turns;

namespace RdpHelpBot.Dialogs.Tests.Helpdesk;

/// <summary>The rating asked once a case is resolved: once per case, answered by a button or typed, or skipped by going on.</summary>
public sealed class RatingTests
{
    private readonly HelpdeskFixture _desk = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The question offers 1–5, 👍, 👎 and skipping.</summary>
    internal static void IsRatingQuestion(Reply reply)
    {
        Assert.StartsWith("How did it go? Rate it 1–5 or 👍/👎", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3", "4", "5", "👍", "👎", "Skip"], reply.Choices?.Select(choice => choice.Label) ?? []);
    }

    [Fact]
    public async Task BotResolvedCase_ThumbClicked_IsKeptOnceAndNotAskedAgain()
    {
        await ResolvedByTheBotAsync();

        var thanks = await _desk.UserSaysAsync("", RatingPrompt.ChoicePrefix + "up");

        var rating = Assert.Single(await _desk.Harness.Ratings.ListAsync(Ct));
        Assert.Equal((true, (int?)null, false), (rating.ThumbsUp, rating.Score, rating.ByAgent));
        Assert.Equal("Thanks for rating!", Assert.Single(thanks.Replies).Text);
    }

    [Fact]
    public async Task BotResolvedCase_AnotherMessageInstead_SkipsTheRatingAndTheBotAnswersIt()
    {
        await ResolvedByTheBotAsync();

        var next = await _desk.UserSaysAsync("I get 0x904 on another server");
        var after = await _desk.UserSaysAsync("5");

        Assert.True(Assert.Single(await _desk.Harness.Ratings.ListAsync(Ct)).Skipped);
        Assert.Contains("Let's find the cause", HelpdeskFixture.Texts(next), StringComparison.Ordinal);
        Assert.DoesNotContain("Thanks for rating", HelpdeskFixture.Texts(after), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("4", 4, null, null)]
    [InlineData("2/5 took too long", 2, null, "took too long")]
    [InlineData("👎 still slow", null, false, "still slow")]
    public async Task TypedRating_IsReadWithItsComment(string typed, int? score, bool? thumbsUp, string? comment)
    {
        await ResolvedByTheBotAsync();

        await _desk.UserSaysAsync(typed);

        var rating = Assert.Single(await _desk.Harness.Ratings.ListAsync(Ct));
        Assert.Equal((score, thumbsUp, comment), (rating.Score, rating.ThumbsUp, rating.Comment));
    }

    private async Task ResolvedByTheBotAsync()
    {
        await _desk.UserSaysAsync("I get 0x904, just show me the fixes");
        var worked = await _desk.UserSaysAsync("", "worked");
        IsRatingQuestion(worked.Replies[^1]);
        Assert.True(Assert.Single(await _desk.Harness.Ratings.ListAsync(Ct)).IsPending);
        Assert.Equal(new ConversationKey("test", HelpdeskFixture.UserConversation), (await _desk.Harness.Ratings.ListAsync(Ct))[0].Conversation);
    }
}
