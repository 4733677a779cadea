using RdpHelpBot.Agent.Facts;
using RdpHelpBot.Agent.Reporting;

namespace RdpHelpBot.Agent.Tests.Service.Reporting;

public sealed class UserNameMatcherTests
{
    private static readonly HostSession Alice = new(2, HostSessionState.Disconnected, "alice", "CONTOSO");

    [Theory]
    [InlineData("alice")]
    [InlineData("ALICE")]
    [InlineData(@"contoso\alice")]
    [InlineData("alice@contoso.com")]
    public void Matches_SpellingsOfTheSameUser_Match(string requested) => Assert.True(UserNameMatcher.Matches(requested, Alice));

    [Theory]
    [InlineData("bob")]
    [InlineData(@"FABRIKAM\alice")]
    [InlineData("")]
    [InlineData(@"CONTOSO\")]
    public void Matches_OtherUsersOrDomains_DoNotMatch(string requested) => Assert.False(UserNameMatcher.Matches(requested, Alice));
}
