using System.Runtime.CompilerServices;

namespace Iso27k;

// Finds a catalog's controls by id. Ids pack small numbers (theme 5-8 and number 1-34, or clause, objective and
// number), so a table addressed by those numbers answers with a few arithmetic operations and no hashing, builds
// without a hash table, and lists the controls in id order for free.
internal sealed class ControlIndex
{
    private readonly Control?[] table;
    private readonly uint edition;
    private readonly uint firstSection;
    private readonly uint sections;
    private readonly uint subsections;
    private readonly uint items;

    // Throws ArgumentException (for paramName) naming a control that occurs twice.
    // Compiled once without optimization: it runs once per catalog, when the embedded catalogs load (see CatalogReader).
    [MethodImpl(MethodImplOptions.NoOptimization)]
    public ControlIndex(Control[] controls, string paramName)
    {
        if (controls.Length == 0)
        {
            table = [];
            Ordered = [];
            return;
        }

        var first = controls[0].Id.Packed;
        edition = first >> 24;
        uint minSection = uint.MaxValue, maxSection = 0, maxSubsection = 0, maxItem = 0;
        foreach (var control in controls)
        {
            var packed = control.Id.Packed;
            minSection = Math.Min(minSection, (packed >> 16) & 0xFF);
            maxSection = Math.Max(maxSection, (packed >> 16) & 0xFF);
            maxSubsection = Math.Max(maxSubsection, (packed >> 8) & 0xFF);
            maxItem = Math.Max(maxItem, packed & 0xFF);
        }

        firstSection = minSection;
        sections = maxSection - minSection + 1;
        subsections = maxSubsection + 1;
        items = maxItem + 1;
        table = new Control?[sections * subsections * items];
        foreach (var control in controls)
        {
            ref var slot = ref table[Slot(control.Id.Packed)];
            if (slot is not null)
            {
                throw Duplicate(control, paramName);
            }

            slot = control;
        }

        var ordered = new Control[controls.Length];
        var next = 0;
        foreach (var control in table)
        {
            if (control is not null)
            {
                ordered[next++] = control;
            }
        }

        Ordered = ordered;
    }

    // In a method of its own, so that building the index does not compile the message's formatting code.
    private static ArgumentException Duplicate(Control control, string paramName) =>
        new($"Control {control.Id} occurs more than once.", paramName);

    // Every control, in id order: packed ids order numerically, and so do their slots.
    public Control[] Ordered { get; }

    public Control? Find(ControlId id)
    {
        var packed = id.Packed;
        var section = ((packed >> 16) & 0xFF) - firstSection;
        var subsection = (packed >> 8) & 0xFF;
        var item = packed & 0xFF;
        return packed >> 24 == edition && section < sections && subsection < subsections && item < items
            ? table[(int)Slot(packed)]
            : null;
    }

    private uint Slot(uint packed) =>
        ((((packed >> 16) & 0xFF) - firstSection) * subsections + ((packed >> 8) & 0xFF)) * items + (packed & 0xFF);
}
