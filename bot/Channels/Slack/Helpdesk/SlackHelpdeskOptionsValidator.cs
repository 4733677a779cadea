using Microsoft.Extensions.Options;

namespace RdpHelpBot.Bot.Channels.Slack.Helpdesk;

/// <summary>Validates <c>Escalation:Slack</c> against the Slack credentials it depends on, read as the channel reads them.</summary>
internal sealed class SlackHelpdeskOptionsValidator(IConfiguration configuration) : IValidateOptions<SlackHelpdeskOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackHelpdeskOptions options)
    {
        var failures = options.Validate(SlackOptions.ReadCredentials(configuration)).Select(result => result.ErrorMessage ?? "").ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
