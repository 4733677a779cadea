using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RdpHelpBot.Bot.Channels.DirectLine;
using RdpHelpBot.Bot.Hosting;

namespace RdpHelpBot.Bot.Tests.Channels.DirectLine;

public sealed class DirectLineTokensTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private DirectLineTokens CreateSut(string? secret = "a-configured-direct-line-secret-0123456789", string? keyFile = null) =>
        new(new DirectLineSecret(Options.Create(new DirectLineOptions { Secret = secret }), keyFile), _time);

    [Fact]
    public void Read_IssuedToken_GrantsItsConversationAndUser()
    {
        var tokens = CreateSut();

        var reading = tokens.Read(tokens.Issue("conversation-1", "dl_bob", TimeSpan.FromMinutes(30)));

        Assert.Equal(("conversation-1", "dl_bob", true), (reading.Token?.ConversationId, reading.Token?.UserId, reading.IsValid));
    }

    [Fact]
    public void Read_ConversationIdChangedInThePayload_IsInvalid()
    {
        var tokens = CreateSut();
        var parts = tokens.Issue("conversation-1", null, TimeSpan.FromMinutes(30)).Split('.');
        var forged = System.Buffers.Text.Base64Url.EncodeToString("""{"conv":"conversation-2","iat":0,"exp":9999999999}"""u8);

        var reading = tokens.Read($"{parts[0]}.{forged}.{parts[2]}");

        Assert.Null(reading.Token);
    }

    [Fact]
    public void Read_TokenSignedUnderAnotherSecret_IsInvalid()
    {
        var token = CreateSut("another-direct-line-secret-0123456789abcdef").Issue("conversation-1", null, TimeSpan.FromMinutes(30));

        Assert.Null(CreateSut().Read(token).Token);
    }

    [Fact]
    public void Read_GeneratedSecretsOfTwoRuns_DoNotAcceptEachOthersTokens()
    {
        var token = CreateSut(secret: null).Issue("conversation-1", null, TimeSpan.FromMinutes(30));

        Assert.Null(CreateSut(secret: null).Read(token).Token);
    }

    [Fact]
    public void Read_AtItsExpiry_IsExpired()
    {
        var tokens = CreateSut();
        var token = tokens.Issue("conversation-1", null, TimeSpan.FromMinutes(30));
        _time.Advance(TimeSpan.FromMinutes(30));

        Assert.True(tokens.Read(token).Expired);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-token")]
    [InlineData("a.b.c")]
    [InlineData("eyJhbGciOiJub25lIn0.eyJjb252IjoiYyJ9.")]
    public void Read_Garbage_IsInvalid(string token)
    {
        Assert.Null(CreateSut().Read(token).Token);
    }

    [Fact]
    public void Read_NoSecretButTheKeyFileOfAnEarlierRun_AcceptsItsTokens()
    {
        using var folder = new TemporaryFolder();
        var token = CreateSut(secret: null, keyFile: folder.File(DirectLineKeyFile.FileName)).Issue("conversation-1", null, TimeSpan.FromMinutes(30));

        var reading = CreateSut(secret: null, keyFile: folder.File(DirectLineKeyFile.FileName)).Read(token);

        Assert.True(reading.IsValid);
    }

    [Fact]
    public void Read_KeyFileOfAnotherDataFolder_IsInvalid()
    {
        using var folder = new TemporaryFolder();
        var token = CreateSut(secret: null, keyFile: folder.File("a/" + DirectLineKeyFile.FileName)).Issue("conversation-1", null, TimeSpan.FromMinutes(30));

        Assert.Null(CreateSut(secret: null, keyFile: folder.File("b/" + DirectLineKeyFile.FileName)).Read(token).Token);
    }

    [Fact]
    public void Read_ConfiguredSecret_IgnoresTheKeyFile()
    {
        using var folder = new TemporaryFolder();
        var token = CreateSut().Issue("conversation-1", null, TimeSpan.FromMinutes(30));

        var reading = CreateSut(keyFile: folder.File(DirectLineKeyFile.FileName)).Read(token);

        Assert.True(reading.IsValid && !File.Exists(folder.File(DirectLineKeyFile.FileName)));
    }

    [Fact]
    public void KeyFile_Made_IsReadableByTheBotsUserOnly()
    {
        using var folder = new TemporaryFolder();
        CreateSut(secret: null, keyFile: folder.File(DirectLineKeyFile.FileName));

        var mode = OperatingSystem.IsWindows() ? UnixFileMode.None : File.GetUnixFileMode(folder.File(DirectLineKeyFile.FileName));

        Assert.Equal(UnixFileMode.None, mode & ~(UnixFileMode.UserRead | UnixFileMode.UserWrite));
    }

    [Fact]
    public void KeyFile_NotAKey_StopsWithAnErrorNamingTheFileAndTheWayOut()
    {
        using var folder = new TemporaryFolder();
        File.WriteAllText(folder.File(DirectLineKeyFile.FileName), "not a key");

        var error = Assert.Throws<StartupProblemException>(() => CreateSut(secret: null, keyFile: folder.File(DirectLineKeyFile.FileName)));

        Assert.Contains($"'{folder.File(DirectLineKeyFile.FileName)}' is not valid. Delete it", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_KeyFile_NamesTheFileButNeverTheKey()
    {
        using var folder = new TemporaryFolder();
        var secret = new DirectLineSecret(Options.Create(new DirectLineOptions()), folder.File(DirectLineKeyFile.FileName));

        var described = secret.Describe();

        Assert.True(described.Contains(folder.File(DirectLineKeyFile.FileName), StringComparison.Ordinal)
            && !described.Contains(File.ReadAllText(folder.File(DirectLineKeyFile.FileName)).Trim(), StringComparison.Ordinal));
    }
}
