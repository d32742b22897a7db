namespace Ponte.Bench;

/// <summary>
/// Thread CPU time and bytes allocated per stage, summed over documents: <see cref="Start"/> before a document's first
/// stage, <see cref="Lap"/> after each.
/// </summary>
internal sealed class StageMeter(int stages)
{
    private int _stage;
    private long _t;
    private long _b;

    public long[] Ticks { get; } = new long[stages];

    public long[] Bytes { get; } = new long[stages];

    public void Start()
    {
        _stage = 0;
        _t = ThreadClock.Now();
        _b = GC.GetAllocatedBytesForCurrentThread();
    }

    public void Lap()
    {
        var now = ThreadClock.Now();
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        Ticks[_stage] += now - _t;
        Bytes[_stage] += bytes - _b;
        _stage++;
        _t = now;
        _b = bytes;
    }
}
