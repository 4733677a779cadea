using System.Text.RegularExpressions;

namespace RdpHelpBot.Dialogs.Escalation;

/// <summary>
/// Takes secrets out of text users paste (passwords, tokens, keys, connection strings, private keys) before it leaves
/// the bot in a case packet. It errs on the side of hiding: a word after "password:" goes even when it was not one.
/// </summary>
public static partial class SecretRedactor
{
    public const string Mark = "[redacted]";

    public static string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
            return text;
        var redacted = PrivateKey().Replace(text, "[private key redacted]");
        redacted = AuthorizationHeader().Replace(redacted, match => $"{match.Groups["head"].Value}{Mark}");
        redacted = KeyValue().Replace(redacted, match => $"{match.Groups["head"].Value}{Mark}");
        redacted = Labelled().Replace(redacted, match => $"{match.Groups["head"].Value}{Mark}");
        redacted = NetUser().Replace(redacted, match => $"{match.Groups["head"].Value}{Mark}");
        redacted = PowerShellParameter().Replace(redacted, match => $"{match.Groups["head"].Value}{Mark}");
        redacted = UrlPassword().Replace(redacted, match => $"{match.Groups["head"].Value}{Mark}@");
        return KnownToken().Replace(redacted, Mark);
    }

    /// <summary>A PEM private key, also one cut off before its END line.</summary>
    [GeneratedRegex(@"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----(?:.*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY-----|.*\z)", RegexOptions.Singleline)]
    private static partial Regex PrivateKey();

    /// <summary>An HTTP Authorization header: the scheme stays, its credentials go.</summary>
    [GeneratedRegex(@"(?<head>\b(?:Proxy-)?Authorization\s*[:=]\s*(?:(?:Bearer|Basic|Digest|Negotiate|NTLM|SharedKey|token)\s+)?)[^\s""',;]+", RegexOptions.IgnoreCase)]
    private static partial Regex AuthorizationHeader();

    /// <summary>Connection-string and query-string pairs: <c>Password=…;</c>, <c>AccountKey=…</c>, <c>sig=…&amp;</c>.</summary>
    [GeneratedRegex(@"(?<head>\b(?:Password|Pwd|AccountKey|SharedAccessKey|SharedAccessSignature|sig|client_secret|ClientSecret|api[_-]?key|access_token|refresh_token|id_token|SecretKey|AccessKey)\s*=\s*)(?:""[^""]*""|'[^']*'|[^;\s""'&]+)", RegexOptions.IgnoreCase)]
    private static partial Regex KeyValue();

    /// <summary>A secret after its label: "password: Hunter2!", "my password is Hunter2!", "token = abc".</summary>
    [GeneratedRegex(@"(?<head>\b(?:password|passwd|passwort|passphrase|pwd|pin|secret|client secret|api[ _-]?key|token|access key)\b\s*(?::|=|\bis\b|\bwas\b)\s*)(?:""[^""]*""|'[^']*'|\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex Labelled();

    /// <summary>A password given to <c>net user name password</c> or <c>net use \\host\share password</c>.</summary>
    [GeneratedRegex(@"(?<head>\bnet\s+(?:user|use)\s+(?:""[^""]*""|\S+)\s+)(?!/)(?:""[^""]*""|\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex NetUser();

    /// <summary>PowerShell passing a password in the clear: <c>-Password x</c>, <c>ConvertTo-SecureString "x" -AsPlainText</c>.</summary>
    [GeneratedRegex(@"(?<head>(?:-(?:Password|AccountPassword|Secret)\s+|ConvertTo-SecureString\s+(?:-String\s+)?))(?!-)(?:""[^""]*""|'[^']*'|\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex PowerShellParameter();

    /// <summary>The password in <c>scheme://user:password@host</c>.</summary>
    [GeneratedRegex(@"(?<head>\b[a-z][a-z0-9+.-]*://[^\s:/@]+:)[^\s/@]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();

    /// <summary>Tokens recognisable on their own: JWTs, Slack, GitHub, AWS access keys, Azure SAS signatures.</summary>
    [GeneratedRegex(@"\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*|\bxox[abposr]-[A-Za-z0-9-]{10,}|\bxapp-[A-Za-z0-9-]{10,}|\bgh[pousr]_[A-Za-z0-9]{30,}|\b(?:AKIA|ASIA)[0-9A-Z]{16}\b")]
    private static partial Regex KnownToken();
}
