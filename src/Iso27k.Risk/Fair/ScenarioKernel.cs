namespace Iso27k.Risk.Fair;

/// <summary>Simulates one block of one scenario into a span of annual losses.</summary>
internal sealed class ScenarioKernel
{
    private readonly FairModel model;

    public ScenarioKernel(FairModel model)
    {
        this.model = model;
    }

    /// <summary>
    /// Writes the annual loss of each iteration of the block into <paramref name="output"/>, using two scratch spans
    /// of at least the same length. Depends only on (seed, scenario, block) and the model.
    /// </summary>
    public void SimulateBlock(ulong seed, int scenario, long block, Span<double> output, Span<double> scratch1, Span<double> scratch2)
    {
        var n = output.Length;
        var s1 = scratch1[..n];
        var s2 = scratch2[..n];

        // Frequency (LEF, or TEF x vulnerability) goes into output first.
        var frequencyRng = FairStreams.Create(seed, scenario, block, FairStreamRole.Frequency);
        if (model.LossEventFrequency is { } lef)
        {
            lef.Fill(output, ref frequencyRng);
        }
        else
        {
            model.ThreatEventFrequency!.Fill(output, ref frequencyRng);
            if (model.Vulnerability is { } vulnerability)
            {
                var rng = FairStreams.Create(seed, scenario, block, FairStreamRole.Vulnerability);
                vulnerability.Fill(s1, ref rng);
                for (var i = 0; i < n; i++)
                {
                    output[i] *= s1[i];
                }
            }
            else
            {
                var capabilityRng = FairStreams.Create(seed, scenario, block, FairStreamRole.ThreatCapability);
                var resistanceRng = FairStreams.Create(seed, scenario, block, FairStreamRole.ResistanceStrength);
                model.ThreatCapability!.Fill(s1, ref capabilityRng);
                model.ResistanceStrength!.Fill(s2, ref resistanceRng);
                for (var i = 0; i < n; i++)
                {
                    if (!(s1[i] > s2[i]))
                    {
                        output[i] = 0;
                    }
                }
            }
        }

        var primaryRng = FairStreams.Create(seed, scenario, block, FairStreamRole.PrimaryLoss);
        var secondaryFrequencyRng = FairStreams.Create(seed, scenario, block, FairStreamRole.SecondaryFrequency);
        var secondaryLossRng = FairStreams.Create(seed, scenario, block, FairStreamRole.SecondaryLoss);
        var slef = model.SecondaryLossEventFrequency;
        var slm = model.SecondaryLossMagnitude;

        if (model.UsesPoissonFrequency)
        {
            var countRng = FairStreams.Create(seed, scenario, block, FairStreamRole.EventCount);
            var primary = model.PrimaryLoss;
            for (var i = 0; i < n; i++)
            {
                var events = FairSampling.Poisson(output[i], ref countRng);
                double sum = 0;
                for (long e = 0; e < events; e++)
                {
                    var loss = primary.Sample(ref primaryRng);
                    if (slef is not null)
                    {
                        loss += slef.Sample(ref secondaryFrequencyRng) * slm!.Sample(ref secondaryLossRng);
                    }

                    sum += loss;
                }

                output[i] = sum;
            }

            return;
        }

        model.PrimaryLoss.Fill(s1, ref primaryRng);
        if (slef is not null)
        {
            slef.Fill(s2, ref secondaryFrequencyRng);
            for (var i = 0; i < n; i++)
            {
                s1[i] += s2[i] * slm!.Sample(ref secondaryLossRng);
            }
        }

        for (var i = 0; i < n; i++)
        {
            output[i] *= s1[i];
        }
    }
}
