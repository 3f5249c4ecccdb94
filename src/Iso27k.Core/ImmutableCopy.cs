using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Iso27k;

// Copies constructor arguments into immutable arrays. A collection expression ([.. items]) over an IEnumerable goes
// through LINQ, which loads System.Linq and compiles more code when the embedded catalogs load; the readers pass
// lists, and a list copies straight into an array. Reference types only, so that every use shares one compiled body.
internal static class ImmutableCopy
{
    public static ImmutableArray<T> Of<T>(IEnumerable<T>? items)
        where T : class
    {
        if (items is null)
        {
            return ImmutableArray<T>.Empty;
        }

        if (items is List<T> list)
        {
            var array = new T[list.Count];
            list.CopyTo(array);
            return ImmutableCollectionsMarshal.AsImmutableArray(array);
        }

        return ImmutableArray.CreateRange(items);
    }
}
