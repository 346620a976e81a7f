"""The voice-controlled home: lights, heating, blinds, locks and alarms over MQTT.

Pure core: a home's configuration (config), the Danish command parser (parse), which
devices a command means (resolve), the MQTT messages of Zigbee2MQTT and Home
Assistant (protocol), the broker connection (link) and what is said back (replies).
"""
