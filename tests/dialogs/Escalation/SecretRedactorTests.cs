using RdpHelpBot.Dialogs.Escalation;

namespace RdpHelpBot.Dialogs.Tests.Escalation;

/// <summary>What users really paste into a chat, and the secret in it that must not reach a ticket.</summary>
public sealed class SecretRedactorTests
{
    [Theory]
    [InlineData("my login is alice, password: Hunter2!", "Hunter2!")]
    [InlineData("the password is Hunter2! and it worked yesterday", "Hunter2!")]
    [InlineData("curl -H \"Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl\" https://api", "eyJhbGciOiJSUzI1NiJ9")]
    [InlineData("Authorization: Basic YWxpY2U6SHVudGVyMiE=", "YWxpY2U6SHVudGVyMiE=")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=rdplogs;AccountKey=q8Zb1kX0Yp3+Lw9v/T2Mn7Rc4Hs6Jd5Fa1Gb0Ec==;EndpointSuffix=core.windows.net", "q8Zb1kX0Yp3+Lw9v/T2Mn7Rc4Hs6Jd5Fa1Gb0Ec==")]
    [InlineData("Server=sql01;Database=Broker;User Id=rdcb;Password=S3cr3t!Pass;TrustServerCertificate=True;", "S3cr3t!Pass")]
    [InlineData("the bot token is xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx, does it matter?", "xoxb-1234567890-0987654321-AbCdEfGhIjKlMnOpQrStUvWx")]
    [InlineData("I ran net user helpdesk P@ss /add on the host", "P@ss")]
    [InlineData("net use \\\\fs01\\c$ Winter2024! /user:contoso\\alice", "Winter2024!")]
    [InlineData("$pw = ConvertTo-SecureString \"Sommer#2025\" -AsPlainText -Force", "Sommer#2025")]
    [InlineData("https://svc:Tr0ub4dor@gw01.contoso.com/rdweb", "Tr0ub4dor")]
    [InlineData("client_secret=9Xq~abcDEF1234567890ghijKLMNOP&grant_type=client_credentials", "9Xq~abcDEF1234567890ghijKLMNOP")]
    public void Redact_RealisticPaste_RemovesTheSecret(string paste, string secret)
    {
        var redacted = SecretRedactor.Redact(paste);

        Assert.DoesNotContain(secret, redacted, StringComparison.Ordinal);
        Assert.Contains(SecretRedactor.Mark, redacted, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_PemPrivateKey_RemovesTheWholeKeyAndKeepsTheRest()
    {
        const string paste = """
            here is the cert file:
            -----BEGIN RSA PRIVATE KEY-----
            MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun
            VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK
            -----END RSA PRIVATE KEY-----
            and it still fails
            """;

        var redacted = SecretRedactor.Redact(paste);

        Assert.DoesNotContain("MIIEowIBAAKCAQEA", redacted, StringComparison.Ordinal);
        Assert.DoesNotContain("VTLw7onLRnrq0", redacted, StringComparison.Ordinal);
        Assert.Contains("here is the cert file:", redacted, StringComparison.Ordinal);
        Assert.Contains("and it still fails", redacted, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("I get error 0x904 with extended code 0x7 when I connect to fs01.contoso.com")]
    [InlineData("The password expired last week, I changed it")]
    [InlineData("I ran net user alice /domain and it says the account is active")]
    public void Redact_NoSecret_LeavesTheTextAsItIs(string text) => Assert.Equal(text, SecretRedactor.Redact(text));
}
