using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Outbox.Tickets;

/// <summary>Checks the ticket systems' settings at start-up, naming the setting that is wrong and never showing a secret.</summary>
internal sealed class TicketOptionsValidator : IValidateOptions<ServiceNowOptions>, IValidateOptions<JiraOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceNowOptions options) => Result(Problems(options));

    public ValidateOptionsResult Validate(string? name, JiraOptions options) => Result(Problems(options));

    private static IEnumerable<string> Problems(ServiceNowOptions options)
    {
        const string section = ServiceNowOptions.SectionName;
        if (!options.IsConfigured)
        {
            if (Any(options.UserName, options.Password, options.ClientId, options.ClientSecret, options.AssignmentGroup))
                yield return $"{section}:BaseUrl must be set (the instance's https:// address) when other {section} settings are.";
            yield break;
        }
        if (BaseUrlProblem(options.BaseUrl, section) is { } problem)
            yield return problem;
        var basic = Any(options.UserName, options.Password);
        if (basic && options.UsesOAuth)
            yield return $"{section} must use either UserName and Password or ClientId and ClientSecret, not both.";
        else if (options.UsesOAuth)
        {
            if (string.IsNullOrWhiteSpace(options.ClientId))
                yield return $"{section}:ClientId must be set with {section}:ClientSecret.";
            if (string.IsNullOrEmpty(options.ClientSecret))
                yield return $"{section}:ClientSecret must be set with {section}:ClientId.";
        }
        else
        {
            if (string.IsNullOrWhiteSpace(options.UserName))
                yield return $"{section}:UserName must be set (or ClientId and ClientSecret for OAuth).";
            if (string.IsNullOrEmpty(options.Password))
                yield return $"{section}:Password must be set with {section}:UserName.";
        }
        if (options.Urgency is < 1 or > 3)
            yield return $"{section}:Urgency must be 1 (high), 2 (medium) or 3 (low).";
        if (options.Impact is < 1 or > 3)
            yield return $"{section}:Impact must be 1 (high), 2 (medium) or 3 (low).";
        if (string.IsNullOrWhiteSpace(options.ContactType))
            yield return $"{section}:ContactType must not be empty.";
    }

    private static IEnumerable<string> Problems(JiraOptions options)
    {
        const string section = JiraOptions.SectionName;
        if (!options.IsConfigured)
        {
            if (Any(options.Email, options.ApiToken, options.ServiceDeskId, options.RequestTypeId))
                yield return $"{section}:BaseUrl must be set (the site's https:// address) when other {section} settings are.";
            yield break;
        }
        if (BaseUrlProblem(options.BaseUrl, section) is { } problem)
            yield return problem;
        if (string.IsNullOrWhiteSpace(options.Email) || !options.Email.Contains('@', StringComparison.Ordinal))
            yield return $"{section}:Email must be the agent account's e-mail address.";
        if (string.IsNullOrEmpty(options.ApiToken))
            yield return $"{section}:ApiToken must be set (an API token of the agent account).";
        if (!IsId(options.ServiceDeskId))
            yield return $"{section}:ServiceDeskId must be the service desk's number, e.g. 4.";
        if (!IsId(options.RequestTypeId))
            yield return $"{section}:RequestTypeId must be the request type's number, e.g. 17.";
    }

    private static string? BaseUrlProblem(string? value, string section)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            return $"{section}:BaseUrl must be an absolute https:// URL.";
        if (url.Scheme == Uri.UriSchemeHttp && !Webhooks.WebhookOptionsValidator.IsLoopback(url))
            return $"{section}:BaseUrl must use https://; http:// is allowed only to this machine (localhost, 127.0.0.1, ::1).";
        return !string.IsNullOrEmpty(url.Query) || !string.IsNullOrEmpty(url.UserInfo)
            ? $"{section}:BaseUrl must be the site's address alone, without a query or credentials."
            : null;
    }

    private static bool IsId(string? value) => !string.IsNullOrEmpty(value) && value.All(char.IsAsciiDigit);

    private static bool Any(params string?[] values) => values.Any(value => !string.IsNullOrEmpty(value));

    private static ValidateOptionsResult Result(IEnumerable<string> problems) =>
        problems.ToList() is { Count: > 0 } list ? ValidateOptionsResult.Fail(list) : ValidateOptionsResult.Success;
}
