using Microsoft.Net.Http.Headers;

namespace RdpHelpBot.Bot.Channels.DirectLine;

/// <summary>Reads <c>Authorization: Bearer SECRET_OR_TOKEN</c>.</summary>
internal sealed class DirectLineAuthorizer(DirectLineSecret secret, DirectLineTokens tokens)
{
    private const string Bearer = "Bearer ";

    public DirectLineCredential Read(HttpRequest request)
    {
        var header = request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) || header.Length == Bearer.Length)
            return DirectLineCredential.Missing;
        return ReadValue(header[Bearer.Length..].Trim());
    }

    public DirectLineCredential ReadValue(string value)
    {
        if (secret.Matches(value))
            return DirectLineCredential.Secret;
        var reading = tokens.Read(value);
        if (reading.Token is null)
            return DirectLineCredential.Invalid;
        return new DirectLineCredential(reading.Expired ? CredentialKind.Expired : CredentialKind.Token, reading.Token, value);
    }
}
