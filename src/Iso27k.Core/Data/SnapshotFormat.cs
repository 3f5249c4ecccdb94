namespace Iso27k.Data;

// The compact binary form in which the build embeds the catalogs of data/ (tools/Iso27k.DataCompiler writes it
// with SnapshotWriter; SnapshotReader reads it). It exists for speed on first access: reading it compiles a few small
// methods, where reading the JSON compiles a tokenizer and a reader for every kind of object. It is internal to one
// build of the assembly, never stored or exchanged, so it needs no compatibility across versions.
//
// Layout (numbers are unsigned LEB128 unless marked u8 or u32, which is little-endian; a string is a number, 0 for
// null or else 1 + its UTF-8 length times 2 + 1 if any character is not ASCII, then its UTF-8 bytes):
//   header:  "I27S" | version u8 | kind u8 | edition (the year) | JSON format version | title | data version
//            | source count, then per source: name, location, checked, covers | note count, then the notes
//   kind 1, a control catalog: group count, then per group: id | title | nested group count, then those groups
//            (2013 objectives) | control count, then per control: packed id u32 | title | alternate title | summary
//            | new in 2022 u8 | attribute mask u32
//   kind 2, clauses: clause count, then per clause in document order: id | title | summary | requirement
//            | documented information count, then per item: kind u8 | description | note
internal static class SnapshotFormat
{
    public const int Version = 1;

    public const byte ControlCatalog = 1;

    public const byte ClauseCatalog = 2;

    // "I27S": what the first bytes must be.
    public const uint Magic = 0x53_37_32_49;
}
