from reviewparse.cli import main

raise SystemExit(main())
