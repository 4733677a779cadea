namespace RdpHelpBot.Bot.Channels.BotFramework.Manifest;

/// <summary>
/// The publisher's pages Teams shows on the app's About tab and in the store (manifest <c>developer</c>):
/// the website, the privacy statement and the terms of use, all https.
/// </summary>
internal sealed record DeveloperLinks(Uri Website, Uri Privacy, Uri Terms)
{
    /// <summary>
    /// From the options given: the privacy statement and the terms default to <c>privacy</c> and <c>terms</c>
    /// under the website. Null with no website; the error says which option is wrong.
    /// </summary>
    public static DeveloperLinks? From(string? website, string? privacy, string? terms, out string? error)
    {
        error = null;
        if (website is null)
        {
            if (privacy is not null || terms is not null)
                error = "--privacy-url and --terms-url need --developer-url too.";
            return null;
        }
        var websiteUri = Https("--developer-url", website, ref error);
        if (websiteUri is null)
            return null;
        var under = websiteUri.AbsoluteUri.EndsWith('/') ? websiteUri : new Uri(websiteUri.AbsoluteUri + "/");
        var privacyUri = privacy is null ? new Uri(under, "privacy") : Https("--privacy-url", privacy, ref error);
        var termsUri = terms is null ? new Uri(under, "terms") : Https("--terms-url", terms, ref error);
        return privacyUri is null || termsUri is null ? null : new DeveloperLinks(websiteUri, privacyUri, termsUri);
    }

    private static Uri? Https(string option, string value, ref string? error)
    {
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps)
            return uri;
        error ??= $"{option} '{value}' is not an https URL; Teams shows only https pages.";
        return null;
    }
}
