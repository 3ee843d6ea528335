# ci_summary.sh: .ci/summary, which ends CI, counts ctest's JUnit reports and
# fails on any failed or skipped test, or a missing report.
. "$(dirname "$0")/../helpers/cli.sh"

d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
# report FILE STATUS...: a JUnit report in ctest's shape, one test per status.
report() {
	local f=$1 i=0
	shift
	{
		echo '<?xml version="1.0" encoding="UTF-8"?>'
		echo '<testsuite name="(empty)" tests="'$#'">'
		for s in "$@"; do
			i=$((i + 1))
			echo "	<testcase name=\"t$i\" classname=\"t$i\" time=\"0.1\" status=\"$s\">"
			[ "$s" = notrun ] && echo '		<skipped message="SKIP_RETURN_CODE=77"/>'
			[ "$s" = fail ] && echo '		<failure message=""/>'
			echo '		<system-out></system-out>'
			echo '	</testcase>'
		done
		echo '</testsuite>'
	} >"$f"
}
report "$d/a.xml" run run run
report "$d/b.xml" run run
expect_status 0 bash .ci/summary "$d/a.xml" "$d/b.xml"
expect_out '^5 passed, 0 failed, 0 skipped$'
report "$d/c.xml" run notrun
expect_status 1 bash .ci/summary "$d/a.xml" "$d/c.xml"
expect_out '^4 passed, 0 failed, 1 skipped$'
expect_err '^SKIPPED: t2 \(c\)$'
report "$d/e.xml" fail run notrun disabled
expect_status 1 bash .ci/summary "$d/e.xml" "$d/a.xml"
expect_out '^4 passed, 1 failed, 2 skipped$'
expect_err '^FAILED:  t1 \(e\)$'
# A run that never reached ctest (the build failed) leaves no report.
expect_status 1 bash .ci/summary "$d/a.xml" "$d/none.xml"
expect_err 'no test report'
expect_out '^3 passed, 0 failed, 0 skipped$'
expect_status 1 bash .ci/summary
finish
