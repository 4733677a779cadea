using RdpHelpBot.Bot.Channels.BotFramework.Endpoint;
using RdpHelpBot.Bot.Channels.BotFramework.Schema;

namespace RdpHelpBot.Bot.Tests.Channels.BotFramework.Endpoint;

public sealed class TurnMapperVerifiedUserTests
{
    [Fact]
    public void Message_SignedByTeams_VerifiesTheAadObjectId()
    {
        Assert.Equal("aad-1", TurnMapper.Message(Activity("msteams"), signedByChannel: true).VerifiedUserId);
    }

    [Fact]
    public void Message_FromTeamsUnsigned_VerifiesNobody()
    {
        Assert.Null(TurnMapper.Message(Activity("msteams"), signedByChannel: false).VerifiedUserId);
    }

    [Fact]
    public void Message_FromWebChat_VerifiesNobody()
    {
        Assert.Null(TurnMapper.Message(Activity("webchat"), signedByChannel: true).VerifiedUserId);
    }

    [Fact]
    public void Message_FromTeams_CarriesTheUsersDisplayName()
    {
        Assert.Equal("Adele Vance", TurnMapper.Message(Activity("msteams"), signedByChannel: true).UserName);
    }

    [Fact]
    public void Message_MentioningSomeoneElse_ReadsTheMentionAsAtName()
    {
        var activity = Activity("msteams") with { Text = "transfer <at>Megan Bowen</at>" };

        Assert.Equal("transfer @Megan Bowen", TurnMapper.Message(activity, signedByChannel: true).Text);
    }

    private static Activity Activity(string channel) => new()
    {
        ChannelId = channel,
        Conversation = new ConversationAccount("c1"),
        From = new ChannelAccount("29:user", "Adele Vance") { AadObjectId = "aad-1" },
        Text = "check rdp01.contoso.com",
    };
}
