using System.Collections.Frozen;

namespace Iso27k.Risk.Matrix;

// Maps level labels to their index once, so lookups while building and validating are O(1).
internal sealed class FrozenLabelIndex
{
    private readonly FrozenDictionary<string, int> index;

    public FrozenLabelIndex(Dictionary<string, int> index)
    {
        this.index = index.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public int IndexOf(string label) => index.TryGetValue(label, out var i) ? i : -1;
}
