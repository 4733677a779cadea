namespace RdpHelpBot.Agent.Contract.Reports;

/// <summary>
/// One protocol's server-side SCHANNEL switches under
/// <c>HKLM\SYSTEM\CurrentControlSet\Control\SecurityProviders\SCHANNEL\Protocols\&lt;Protocol&gt;\Server</c>;
/// null means not set (the Windows default applies).
/// </summary>
/// <param name="Protocol">The key name: <c>TLS 1.0</c>, <c>TLS 1.1</c>, <c>TLS 1.2</c> or <c>TLS 1.3</c>.</param>
public sealed record TlsProtocolReport(string Protocol, int? Enabled, int? DisabledByDefault)
{
    /// <summary>Switched off explicitly: <c>Enabled</c> = 0 or <c>DisabledByDefault</c> = 1.</summary>
    public bool IsDisabled => Enabled == 0 || DisabledByDefault == 1;
}
