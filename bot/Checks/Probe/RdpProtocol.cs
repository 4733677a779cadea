namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>
/// The security protocols of MS-RDPBCGR 2.2.1.1.1: bit flags when requested, a single value when selected.
/// </summary>
[Flags]
internal enum RdpProtocol : uint
{
    /// <summary>Standard RDP Security, no TLS.</summary>
    Rdp = 0x0,
    /// <summary>TLS.</summary>
    Ssl = 0x1,
    /// <summary>CredSSP (Network Level Authentication), TLS first.</summary>
    Hybrid = 0x2,
    /// <summary>RDSTLS, used with server redirection.</summary>
    RdsTls = 0x4,
    /// <summary>CredSSP with the Early User Authorization Result.</summary>
    HybridEx = 0x8,
    /// <summary>RDS AAD authentication.</summary>
    RdsAad = 0x10,
}

internal static class RdpProtocolExtensions
{
    private const RdpProtocol TlsBased = RdpProtocol.Ssl | RdpProtocol.Hybrid | RdpProtocol.RdsTls | RdpProtocol.HybridEx;

    /// <summary>Whether the client starts a TLS handshake right after this protocol is selected.</summary>
    public static bool StartsWithTls(this RdpProtocol selected) => selected != RdpProtocol.Rdp && (selected & TlsBased) == selected;

    /// <summary>The protocol names as the specification spells them, e.g. <c>SSL|HYBRID</c>.</summary>
    public static string ToSpecName(this RdpProtocol protocols)
    {
        if (protocols == RdpProtocol.Rdp)
        {
            return "RDP";
        }
        var names = new List<string>();
        foreach (var flag in Enum.GetValues<RdpProtocol>())
        {
            if (flag != RdpProtocol.Rdp && protocols.HasFlag(flag))
            {
                names.Add(flag switch
                {
                    RdpProtocol.Ssl => "SSL",
                    RdpProtocol.Hybrid => "HYBRID",
                    RdpProtocol.RdsTls => "RDSTLS",
                    RdpProtocol.HybridEx => "HYBRID_EX",
                    _ => "RDSAAD",
                });
            }
        }
        var unknown = (uint)protocols & ~(uint)(TlsBased | RdpProtocol.RdsAad);
        if (unknown != 0)
        {
            names.Add($"0x{unknown:X}");
        }
        return string.Join('|', names);
    }
}
