using System.Globalization;

namespace RdpHelpBot.Bot.Checks.Probe;

/// <summary>How a certificate's validity reads in plain words: "expired 3 days ago", "expires in 41 days".</summary>
internal static class CertificateWording
{
    public static string Expiry(CertificateSummary certificate) => certificate.Validity switch
    {
        CertificateValidity.NotYetValid => $"not valid until {certificate.NotBefore.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)}",
        CertificateValidity.Expired => certificate.DaysLeft == 0 ? "expired today" : $"expired {Days(-certificate.DaysLeft)} ago",
        _ => certificate.DaysLeft == 0 ? "expires today" : $"expires in {Days(certificate.DaysLeft)}",
    };

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
