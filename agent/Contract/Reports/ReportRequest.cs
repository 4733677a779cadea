namespace RdpHelpBot.Agent.Contract.Reports;

/// <summary>The body of <c>POST /v1/report</c>.</summary>
/// <param name="UserName">Whose disconnected sessions to look for: <c>alice</c>, <c>CONTOSO\alice</c> or <c>alice@contoso.com</c>; null for none in particular.</param>
public sealed record ReportRequest(string? UserName = null)
{
    public const int MaxUserNameLength = 256;
}
