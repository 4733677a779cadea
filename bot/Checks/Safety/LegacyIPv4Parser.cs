using System.Globalization;
using System.Net;

namespace RdpHelpBot.Bot.Checks.Safety;

/// <summary>
/// Reads IPv4 the way inet_aton and URL parsers do (<c>2130706433</c>, <c>0x7f000001</c>, <c>0177.0.0.1</c>,
/// <c>127.1</c>), because the resolver and the socket would accept those spellings too.
/// </summary>
internal static class LegacyIPv4Parser
{
    public static bool TryParse(string text, out IPAddress? address)
    {
        address = null;
        var parts = text.Split('.');
        if (parts.Length > 4)
            return false;
        var values = new ulong[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryParsePart(parts[i], out values[i]))
                return false;
        }
        return TryCombine(values, out address);
    }

    /// <summary>True when the text can only be meant as an IPv4 address (its last label is a number).</summary>
    public static bool LooksNumeric(string text)
    {
        var last = text.Split('.')[^1];
        if (last.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            return last[2..].All(char.IsAsciiHexDigit);
        return last.Length > 0 && last.All(char.IsAsciiDigit);
    }

    private static bool TryCombine(ulong[] values, out IPAddress? address)
    {
        address = null;
        ulong result = 0;
        for (var i = 0; i < values.Length - 1; i++)
        {
            if (values[i] > 255)
                return false;
            result |= values[i] << (8 * (3 - i));
        }
        var lastBits = 8 * (5 - values.Length);
        if (values[^1] >= 1UL << lastBits)
            return false;
        result |= values[^1];
        address = new IPAddress([(byte)(result >> 24), (byte)(result >> 16), (byte)(result >> 8), (byte)result]);
        return true;
    }

    private static bool TryParsePart(string part, out ulong value)
    {
        value = 0;
        if (part.Length == 0 || part.Length > 12)
            return false;
        if (part.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            return part.Length == 2 || ulong.TryParse(part.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        if (!part.All(char.IsAsciiDigit))
            return false;
        if (part.Length > 1 && part[0] == '0')
            return TryParseOctal(part.AsSpan(1), out value);
        return ulong.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryParseOctal(ReadOnlySpan<char> digits, out ulong value)
    {
        value = 0;
        foreach (var digit in digits)
        {
            if (digit is < '0' or > '7')
                return false;
            value = value * 8 + (ulong)(digit - '0');
        }
        return true;
    }
}
