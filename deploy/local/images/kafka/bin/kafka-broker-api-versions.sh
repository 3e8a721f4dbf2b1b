#!/bin/bash
KAFKA_HEAP_OPTS=-Xmx64m exec /opt/kafka/bin/kafka-run-class org.apache.kafka.tools.BrokerApiVersionsCommand "$@"
