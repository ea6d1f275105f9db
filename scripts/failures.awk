# Each failed test on one line: its name, the first line of our tests it failed at, and the start of its message.
function flush() {
  if (name != "") print "FAILED: " name (where != "" ? " at " where : "") " :: " substr(msg, 1, 500)
  name = ""; msg = ""; where = ""; state = ""
}
/^ +(Passed|Failed|Skipped) [A-Za-z]/ { flush() }
/^ +Failed [A-Za-z]/ { name = $0; sub(/^ +Failed /, "", name); state = "head"; next }
name == "" { next }
/^ +Error Message:/ { state = "msg"; next }
/^ +Stack Trace:/ { state = "stack"; next }
/^ +Standard (Output|Error) Messages:/ { state = "out"; next }
/^Aria snapshot:/ { state = "aria"; next }
state == "msg" { line = $0; gsub(/^ +| +$/, "", line); if (length(msg) < 500) msg = msg (msg != "" ? " | " : "") line; next }
state == "stack" && where == "" && /\/tests\/[^ ]*\.cs:line [0-9]+/ {
  match($0, /[A-Za-z0-9_]+\.cs:line [0-9]+/); where = substr($0, RSTART, RLENGTH); next
}
END { flush() }
