namespace RdpHelpBot.Knowledge.Text;

/// <summary>
/// Edit distance counting a swap of two neighbouring letters as one edit (optimal string alignment, a
/// restricted Damerau–Levenshtein), because "wnidows" is one slip of the fingers, not two.
/// </summary>
public static class EditDistance
{
    private const int LongestOnStack = 128;

    public static int Between(string a, string b)
    {
        // Only three rows of the table are ever read (a swap looks two rows back); every typed word is
        // compared with many known ones, so they live on the stack.
        var width = b.Length + 1;
        Span<int> rows = width <= LongestOnStack ? stackalloc int[3 * width] : new int[3 * width];
        var twoBack = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var distance = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    distance = Math.Min(distance, twoBack[j - 2] + 1);
                }
                current[j] = distance;
            }
            var oldest = twoBack;
            twoBack = previous;
            previous = current;
            current = oldest;
        }
        return previous[b.Length];
    }
}
