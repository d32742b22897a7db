using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Ponte.Bench;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), in stopwatch-like ticks of one nanosecond. On a
/// machine shared with other work, wall time counts the moments another process held the core; thread CPU time does not.
/// Falls back to wall time elsewhere.
/// </summary>
internal static partial class ThreadClock
{
    private const int ThreadCpuClock = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

    /// <summary>Ticks per second of <see cref="Now"/>.</summary>
    public static long Frequency => Available ? 1_000_000_000 : Stopwatch.Frequency;

    /// <summary>Whether the clock measures thread CPU time (else wall time).</summary>
    public static bool IsCpu => Available;

    /// <summary>The calling thread's CPU time so far.</summary>
    public static long Now()
    {
        if (!Available)
        {
            return Stopwatch.GetTimestamp();
        }

        ClockGetTime(ThreadCpuClock, out var t);
        return t.Seconds * 1_000_000_000 + t.Nanoseconds;
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ThreadCpuClock, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }
}
