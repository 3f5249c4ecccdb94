using System.Globalization;
using System.Runtime.CompilerServices;

namespace Iso27k.Tests.Shared;

// Linked into every test project: CI runs the suites again with ISO27K_TEST_CULTURE=tr-TR and de-DE so that any
// culture-sensitive parsing or formatting fails a test.
internal static class TestCulture
{
    [ModuleInitializer]
    internal static void Apply()
    {
        var name = Environment.GetEnvironmentVariable("ISO27K_TEST_CULTURE");
        if (string.IsNullOrWhiteSpace(name))
        {
            return;
        }

        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }
}
