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

    private static Activity Activity(string channel) => new()
    {
        ChannelId = channel,
        Conversation = new ConversationAccount("c1"),
        From = new ChannelAccount("29:user") { AadObjectId = "aad-1" },
        Text = "check rdp01.contoso.com",
    };
}
