using System.Globalization;

namespace RdpHelpBot.Knowledge.Text;

public static class Percent
{
    /// <summary>"42%"; "&lt;1%" and "&gt;99%" rather than a misleading 0% or 100%.</summary>
    public static string Of(double probability)
    {
        var rounded = Math.Round(probability * 100, MidpointRounding.AwayFromZero);
        return rounded switch
        {
            0 when probability > 0 => "<1%",
            100 when probability < 1 => ">99%",
            _ => rounded.ToString("0", CultureInfo.InvariantCulture) + "%",
        };
    }
}
